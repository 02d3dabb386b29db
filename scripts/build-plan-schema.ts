import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { planJsonSchema } from '../src/domain/plan-json-schema';

const target = path.resolve(import.meta.dirname, '../docs/plan.schema.json');
writeFileSync(target, `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
