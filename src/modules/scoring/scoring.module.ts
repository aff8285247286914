import { Module } from '@nestjs/common';

/** Sizing, influence, confidence and quality (issue 4). */
@Module({})
export class ScoringModule {}
