import { describe, expect, it } from 'vitest';
import { casesCreateInput } from '../../core/cases';
import { fieldErrors, NEW_CUSTOMER, toCreateInput } from '../../renderer/features/cases/new-case-form';
import { OUTLOOK_CASE } from '../helpers/arranged-inputs';

const filled = OUTLOOK_CASE;

describe('new case form ↔ contract', () => {
  it('sends a picked customer by id', () => {
    const id = '01934f3e-7b2a-7c00-8000-000000000001';
    const input = toCreateInput({ ...filled, customerId: id });
    expect(input.customer).toEqual({ id });
    expect(casesCreateInput.safeParse(input).success).toBe(true);
  });

  it('sends an inline customer as `new` with its tenant domain', () => {
    const input = toCreateInput({
      ...filled,
      customerId: NEW_CUSTOMER,
      newCustomerName: '上海明远贸易',
      newCustomerTenant: 'mingyuan.partner.onmschina.cn',
    });
    expect(input.customer).toEqual({
      new: { name: '上海明远贸易', tenantDomain: 'mingyuan.partner.onmschina.cn' },
    });
    expect(casesCreateInput.safeParse(input).success).toBe(true);
  });

  it('puts every contract issue of an empty form on the field the agent sees', () => {
    const parsed = casesCreateInput.safeParse(toCreateInput({}));
    expect(parsed.success).toBe(false);
    const issues = parsed.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const fields = Object.fromEntries(fieldErrors(issues).map((f) => [f.name, f.errors[0]]));
    expect(fields).toEqual({
      customerId: 'validation.customer',
      title: 'validation.required',
      supportArea: 'validation.choose',
      service: 'validation.choose',
      severity: 'validation.choose',
      channel: 'validation.choose',
    });
  });

  it('maps inline-customer issues to the inline fields', () => {
    const parsed = casesCreateInput.safeParse(
      toCreateInput({
        ...filled,
        customerId: NEW_CUSTOMER,
        newCustomerName: ' ',
        newCustomerTenant: 'not a domain',
      }),
    );
    const issues = parsed.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    expect(fieldErrors(issues)).toEqual([
      { name: 'newCustomerName', errors: ['validation.required'] },
      { name: 'newCustomerTenant', errors: ['validation.domain'] },
    ]);
  });
});
