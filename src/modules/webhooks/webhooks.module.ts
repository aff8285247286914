import { Module } from '@nestjs/common';

/** Provider change notifications in, Kafka out (issue 5). */
@Module({})
export class WebhooksModule {}
