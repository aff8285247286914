import { ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { BUYER_GROUP_ROLES, type BuyerGroupRole } from '../../domain/buyer-group-role.js';

export class OverrideMemberDto {
  @ApiPropertyOptional({ description: 'pin (true) or unpin (false): pinned members survive automatic refreshes' })
  @IsOptional()
  @IsBoolean()
  pinned?: boolean;

  @ApiPropertyOptional({ description: 'true removes the member and keeps them out of later refreshes' })
  @IsOptional()
  @Equals(true, { message: 'excluded can only be true' })
  excluded?: true;

  @ApiPropertyOptional({ enum: BUYER_GROUP_ROLES, description: 'a role that later refreshes will not change' })
  @IsOptional()
  @IsIn(BUYER_GROUP_ROLES, { message: `role must be one of ${BUYER_GROUP_ROLES.join(', ')}` })
  role?: BuyerGroupRole;

  @ApiPropertyOptional({ description: 'the acting user, recorded in the history (defaults to the API key)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  actor?: string;
}
