import { Controller, Headers, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../../shared/http/public.decorator.js';
import { WEBHOOKS_ROUTE } from '../../api/routes.js';
import { ReceiveWebhookDeliveryCommand, type DeliveryReceipt } from './receive-webhook-delivery.command.js';

const rawBodyOf = (request: Request): Buffer | undefined => (Buffer.isBuffer(request.body) ? request.body : undefined);

/**
 * Provider change notifications in (docs/webhooks.md). No API key: the Coresignal form is authenticated by the
 * unguessable token of its callback path, the signed form by an HMAC over its raw body.
 */
@ApiTags('webhooks')
@Public()
@Controller(WEBHOOKS_ROUTE)
export class WebhooksController {
  constructor(private readonly commands: CommandBus) {}

  @Post('coresignal/:token')
  @HttpCode(202)
  @ApiOperation({ summary: "Coresignal's delivery for one of our subscriptions: a JSON array of change notices" })
  @ApiBody({
    schema: { type: 'array', items: { type: 'object' } },
    examples: { notices: { value: [{ member_id: 123, status: 'changed', changed_fields: ['active_experience_title'] }] } },
  })
  @ApiResponse({ status: 202, description: '{ success, deliveryId, duplicate: false, notices, published, rejected } once on provider.changes' })
  @ApiResponse({ status: 200, description: 'a duplicate of a delivery received today: ignored' })
  @ApiResponse({ status: 401, description: 'Invalid webhook signature (unknown token)' })
  async coresignal(@Param('token') token: string, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<DeliveryReceipt['body']> {
    const receipt = await this.commands.execute(new ReceiveWebhookDeliveryCommand({ form: 'coresignal', token, body: rawBodyOf(request) }));
    response.status(receipt.status);
    return receipt.body;
  }

  @Post('events')
  @HttpCode(202)
  @ApiOperation({ summary: 'Normalised change events signed with CORESIGNAL_WEBHOOK_SECRET (HMAC-SHA256 over "<x-timestamp>.<raw body>")' })
  @ApiHeader({ name: 'x-signature', description: 'sha256=<hex HMAC-SHA256>', required: true })
  @ApiHeader({ name: 'x-timestamp', description: 'unix seconds; refused beyond 5 minutes of skew', required: true })
  @ApiHeader({ name: 'x-delivery-id', description: 'unique per delivery; a delivery id seen before is refused (409)', required: true })
  @ApiBody({
    schema: { type: 'array', items: { type: 'object' } },
    examples: { events: { value: [{ kind: 'employee.updated', companyId: '2001', personId: '17', changedFields: ['active_experience_title'] }] } },
  })
  @ApiResponse({ status: 202, description: '{ success, deliveryId, notices, published, rejected } once on provider.changes' })
  @ApiResponse({ status: 401, description: 'Invalid webhook signature (bad signature or stale timestamp)' })
  @ApiResponse({ status: 409, description: 'the delivery id (or signature) was seen before: a replay, nothing done' })
  async signed(
    @Headers('x-signature') signature: string | undefined,
    @Headers('x-timestamp') timestamp: string | undefined,
    @Headers('x-delivery-id') deliveryId: string | undefined,
    @Req() request: Request,
  ): Promise<DeliveryReceipt['body']> {
    const receipt = await this.commands.execute(new ReceiveWebhookDeliveryCommand({ form: 'signed', signature, timestamp, deliveryId, body: rawBodyOf(request) }));
    return receipt.body;
  }
}
