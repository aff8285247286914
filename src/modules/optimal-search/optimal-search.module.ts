import { Module } from '@nestjs/common';

/** Two-phase account search (issue 6). */
@Module({})
export class OptimalSearchModule {}
