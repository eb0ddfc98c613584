// Validates exported event lines with Ajv against eventref's published schemas of one release,
// the way an operator would in their own tools: bench/run compares its throughput with
// `eventref check-events`. usage: node ajv-check.mjs SCHEMA_FOLDER FILE
import { readFileSync, readdirSync, createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import Ajv2020 from "ajv/dist/2020.js";

const [folder, file] = process.argv.slice(2);
if (!folder || !file) {
  console.error("usage: node ajv-check.mjs SCHEMA_FOLDER FILE");
  process.exit(2);
}
const ajv = new Ajv2020({ strict: false, allErrors: false });
for (const name of readdirSync(folder).filter((n) => n.endsWith(".schema.json")).sort()) {
  ajv.addSchema(JSON.parse(readFileSync(`${folder}/${name}`, "utf8")));
}
// Each line is checked with its own event's schema, picked by its "event" key (what a program that
// cares for speed does; events.schema.json makes the same choice with one if/then per event), and
// with events.schema.json when the event has no schema of its own.
const any = ajv.getSchema("events.schema.json");
const byEvent = new Map();
function validatorOf(event) {
  if (!byEvent.has(event)) {
    byEvent.set(event, ajv.getSchema(`${event}.schema.json`) || any);
  }
  return byEvent.get(event);
}
const started = process.hrtime.bigint();
let lines = 0;
let valid = 0;
let malformed = 0;
const input = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
for await (const line of input) {
  lines++;
  let event;
  try {
    event = JSON.parse(line);
  } catch {
    malformed++;
    continue;
  }
  const validate = typeof event?.event === "string" ? validatorOf(event.event) : any;
  if (validate(event)) {
    valid++;
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`${lines} lines, ${valid} valid, ${lines - valid - malformed} invalid, ${malformed} malformed, `
  + `${seconds.toFixed(2)} s, ${Math.round(lines / seconds)} lines/s`);
process.exit(valid === lines ? 0 : 1);
