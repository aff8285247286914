import { Module } from '@nestjs/common';

/** Title normalisation and role classification signals (issue 4). */
@Module({})
export class ClassificationModule {}
