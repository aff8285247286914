import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'bgi:public';
/** Marks a route that answers without an API key (health, metrics, docs). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
