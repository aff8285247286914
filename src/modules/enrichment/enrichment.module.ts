import { Module } from '@nestjs/common';

/** Employee and company data: the provider port, its adapters, caching and limits (issue 3). */
@Module({})
export class EnrichmentModule {}
