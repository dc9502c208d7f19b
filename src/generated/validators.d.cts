import type { ErrorObject } from 'ajv';
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export declare const Programme: ValidateFunction;
export declare const People: ValidateFunction;
export declare const Records: ValidateFunction;
