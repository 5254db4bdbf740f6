import { inspect } from 'node:util';
import { version } from 'react';
import fc from 'fast-check';
import { KIT_ERROR_CODES, LUXXON_ERROR_CODES } from '../../src/core/codes/codes';
import { LuxxonError } from '../../src/core/errors/LuxxonError';

/**
 * Arbitraries for property tests: anything a server, a proxy or app code may
 * throw at the kit. Every `detail` they produce starts with
 * {@link DETAIL_MARKER}, so a test can prove it never reaches the screen.
 */

/** Starts every generated `detail`; appears nowhere else. */
export const DETAIL_MARKER = 'DETAIL-MARKER-7f3a';

/** Set by any generated script that manages to run. */
export const PWNED_FLAG = '__luxxonPwned';

const ONE_MB = 1 << 20;

/** Markup that would run script or change the page if it were ever parsed as HTML. */
export const HTML_PAYLOADS = [
  `<script>globalThis.${PWNED_FLAG}=1</script>`,
  `<img src=x onerror="globalThis.${PWNED_FLAG}=1">`,
  `<svg onload="globalThis.${PWNED_FLAG}=1"></svg>`,
  `"><iframe src="javascript:globalThis.${PWNED_FLAG}=1"></iframe>`,
  `<a href="javascript:globalThis.${PWNED_FLAG}=1">click</a>`,
  '<style>*{display:none}</style>',
  '<b>bold</b> &amp; &lt;b&gt;',
  // Template and i18next syntax: must stay text, never be interpolated or nested.
  `{{constructor.constructor("globalThis.${PWNED_FLAG}=1")()}}`,
  '$t(code.NO_CREDIT.title)',
  '{{count}}',
] as const;

/** Elements the payloads above would create if they were parsed. */
export const PAYLOAD_ELEMENTS = 'script, img, svg:not(.lx-error__icon > svg, .lx-button__external), iframe, style, b, a[href^="javascript"]';

const huge = [
  'x'.repeat(ONE_MB),
  HTML_PAYLOADS[0].repeat(Math.ceil(ONE_MB / HTML_PAYLOADS[0].length)),
  `NO_CREDIT${'A'.repeat(ONE_MB)}`,
  '\u202e\u0000\ud800'.repeat(ONE_MB / 3),
];

/** One-megabyte strings (built once, shared between cases). */
export const hugeString = fc.constantFrom(...huge);

/** Text with markup in it. */
export const markup = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...HTML_PAYLOADS), fc.string({ maxLength: 8 }))
  .map(([before, html, after]) => `${before}${html}${after}`);

/** A `detail` string: the marker, then markup. */
export const detailText = fc.tuple(fc.nat(), markup).map(([n, html]) => `${DETAIL_MARKER}-${n} ${html}`);

/** Any value of any type, with every option fast-check has. */
export const anyValue = fc.anything({
  maxDepth: 3,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});

/** A value of the wrong type for a string or number field. */
const wrongType = fc.oneof(
  anyValue,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(null, undefined, Number.NaN, Infinity, -Infinity, -0),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.string().map((s) => Symbol(s)),
  fc.bigInt(),
  fc.constant({ toString: () => 'NO_CREDIT', valueOf: () => 402 }),
  fc.constant({
    [Symbol.toPrimitive]() {
      throw new Error('toPrimitive');
    },
  }),
);

const anyCode: readonly string[] = [...LUXXON_ERROR_CODES, ...KIT_ERROR_CODES];

/** Codes: documented, unknown, numeric, padded, markup, huge, prototype names or of the wrong type. */
export const codeValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...anyCode) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Z][A-Z0-9_]{0,40}$/) },
  fc.integer({ min: 100, max: 599 }),
  fc.integer(),
  fc.constantFrom(...anyCode).map((c) => ` ${c}\n`),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf'),
  markup,
  hugeString,
  wrongType,
);

const statusValue = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 100, max: 599 }) },
  fc.integer(),
  fc.double(),
  fc.constantFrom('503', '4e2', ' 400 '),
  wrongType,
);

const textValue = fc.oneof({ weight: 2, arbitrary: fc.string() }, markup, hugeString, wrongType);

const timestampValue = fc.oneof(
  { weight: 2, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
  fc.constantFrom('2026-05-13T08:30:00Z', 'yesterday', '+275760-09-13T00:00:00.000Z', '1e400', ''),
  markup,
  hugeString,
  wrongType,
);

const retryAfterValue = fc.oneof(
  fc.nat(),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -1, Number.MAX_VALUE),
  wrongType,
);

/** An envelope-shaped object whose every field may be missing, hostile or of the wrong type. */
export const envelope = fc.record(
  {
    statusCode: statusValue,
    status: statusValue,
    code: codeValue,
    message: textValue,
    detail: fc.oneof({ weight: 3, arbitrary: detailText }, wrongType),
    timestamp: timestampValue,
    requestId: textValue,
    retryAfterMs: retryAfterValue,
  },
  { requiredKeys: [] },
);

/** JSON-safe envelope fields, for payloads that go through `JSON.parse`. */
const jsonEnvelope = fc.record(
  {
    statusCode: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.jsonValue({ maxDepth: 1 })),
    code: fc.oneof(fc.constantFrom(...anyCode), fc.integer(), markup, fc.jsonValue({ maxDepth: 1 })),
    message: fc.oneof(fc.string(), markup, fc.jsonValue({ maxDepth: 1 })),
    detail: detailText,
    timestamp: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })),
    requestId: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })),
  },
  { requiredKeys: [] },
);

/**
 * Parsed JSON bodies with `__proto__`, `constructor` and `prototype` keys,
 * as `JSON.parse` makes them (own properties, a prototype-pollution classic).
 */
export const protoKeyedJson = fc
  .tuple(jsonEnvelope, jsonEnvelope, fc.constantFrom('__proto__', 'constructor', 'prototype'))
  .map(([outer, inner, key]) =>
    JSON.parse(
      `{"__proto__":${JSON.stringify(inner)},"constructor":{"prototype":{"polluted":"yes"}},` +
        `"${key}":{"polluted":"yes","__proto__":{"polluted":"yes"}},"error":{"__proto__":${JSON.stringify(outer)}},` +
        `${JSON.stringify(outer).slice(1, -1) || '"x":1'}}`,
    ) as unknown,
  );

const WRAPPERS = ['error', 'body', 'data', 'response', 'cause'] as const;

/** An envelope inside 0–5 wrapper objects (SDK errors, axios, Error causes). */
export const wrapped = fc
  .tuple(envelope, fc.array(fc.constantFrom(...WRAPPERS, 'errors', 'other'), { maxLength: 5 }), fc.boolean())
  .map(([inner, path, asError]) => {
    const value = path.reduceRight<unknown>((acc, key) => ({ [key]: acc }), inner);
    return asError ? new Error('request failed', { cause: value }) : value;
  });

/** An SDK-style `Error` carrying envelope fields (an Error's own `message` included). */
export const sdkError = fc
  .tuple(envelope, fc.constantFrom(Error, TypeError, RangeError), textValue)
  .map(([fields, Ctor, message]) => Object.assign(new Ctor(typeof message === 'string' ? message : 'x'), fields));

/** Envelopes that reach themselves through wrapper keys. */
export const cyclic = fc.tuple(envelope, fc.subarray([...WRAPPERS], { minLength: 1 })).map(([fields, keys]) => {
  const node: Record<string, unknown> = { ...fields };
  const wrapper: Record<string, unknown> = { data: node };
  for (const key of keys) node[key] = key === 'cause' ? wrapper : node;
  return node;
});

function thrower(label: string) {
  return () => {
    throw new Error(label);
  };
}

/** A proxy whose every trap throws, except for the keys fast-check itself uses to clone and print values. */
function everyTrapThrows(): object {
  const describe = () => 'Proxy<every trap throws>';
  return new Proxy(
    {},
    {
      get: (_target, key) => {
        if (key === fc.toStringMethod) return describe;
        if (key === fc.cloneMethod || key === fc.asyncToStringMethod) return undefined;
        throw new Error('get');
      },
      has: (_target, key) => {
        if (key === fc.toStringMethod) return true;
        if (key === fc.cloneMethod || key === fc.asyncToStringMethod) return false;
        throw new Error('has');
      },
      getPrototypeOf: thrower('getPrototypeOf'),
      ownKeys: thrower('ownKeys'),
      getOwnPropertyDescriptor: thrower('getOwnPropertyDescriptor'),
    },
  );
}

/**
 * Whether React can even look at `value` when it is thrown: React reads
 * `value.then` first (to tell a suspension from an error), and a value whose
 * `then` throws breaks React's own work loop before any error boundary sees it.
 *
 * React 18 in development also replays a failed render inside a fake DOM
 * event and takes the error from the window's `error` event, which jsdom
 * builds by reading the value's `stack`, `message` and `name` (and printing it
 * when `message` is not a string). When one of those reads throws, React 18
 * gets no error and makes up its own ("React doesn't know what it was"), so
 * its boundary never sees the value: a limit of React 18's development build
 * under jsdom (the peer matrix), not of the kit. React 19 and production
 * builds hand the boundary the value itself.
 */
export function reactCanCatch(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  try {
    void (value as { then?: unknown }).then;
  } catch {
    return false;
  }
  return !version.startsWith('18.') || jsdomCanReport(value as { stack?: unknown; message?: unknown; name?: unknown });
}

/** jsdom's `reportException` reads, as it makes them (jsdom/living/helpers/runtime-script-errors.js). */
function jsdomCanReport(value: { stack?: unknown; message?: unknown; name?: unknown }): boolean {
  try {
    const stack = value.stack;
    if (stack) void (stack as string).split('\n');
    const message = value.message;
    if (typeof message !== 'string') void inspect(value);
    if (value.name && message !== undefined && stack) void `${String(value.name)}: ${String(message)}`;
    return true;
  } catch {
    return false;
  }
}

/** Proxies whose traps throw, and getters that throw or change on every read. */
export const hostileObject = fc.oneof(
  fc.constant(null).map(everyTrapThrows),
  envelope.map((fields) => new Proxy(fields, { getPrototypeOf: thrower('getPrototypeOf') })),
  fc
    .tuple(envelope, fc.subarray(['code', 'statusCode', 'status', 'message', 'detail', 'timestamp', 'requestId', 'retryAfterMs', 'error', 'cause', 'name', 'headers']))
    .map(([fields, keys]) => {
      const value: Record<string, unknown> = { ...fields };
      for (const key of keys) Object.defineProperty(value, key, { get: thrower(key), enumerable: true });
      return value;
    }),
  fc.tuple(fc.constantFrom(...anyCode), markup).map(([code, html]) => {
    // A code that passes the first read and turns into markup on the next.
    let reads = 0;
    return {
      statusCode: 400,
      get code() {
        reads += 1;
        return reads === 1 ? code : html;
      },
    };
  }),
);

/** Things that look like a fetch `Response`, with hostile status, headers and bodies. */
export const responseLike = fc
  .tuple(fc.oneof(fc.integer(), fc.double()), fc.oneof(fc.string(), markup, fc.constant(null)), fc.boolean(), fc.boolean())
  .map(([status, header, headersThrow, textRejects]) => ({
    status,
    headers: { get: headersThrow ? thrower('headers') : () => header },
    text: textRejects ? () => Promise.reject(new Error('body')) : () => Promise.resolve(String(header)),
  }));

/** Objects that carry the LuxxonError brand without being one (another copy of the kit, or a forgery). */
export const forgedBrand = envelope.map((fields) => ({ ...fields, [Symbol.for('@luxxon/react-errors/LuxxonError')]: true }));

/** Everything above, plus any value at all. */
export const thrownValue = fc.oneof(
  { weight: 3, arbitrary: anyValue },
  { weight: 3, arbitrary: envelope },
  { weight: 2, arbitrary: wrapped },
  sdkError,
  protoKeyedJson,
  cyclic,
  hostileObject,
  responseLike,
  forgedBrand,
  markup,
  hugeString,
);

/** Characters that start a line, reorder text or hide: none may reach a copied support reference. */
export const FORGING_CHARACTERS = [
  '\n', '\r', '\r\n', '\v', '\f', '\u2028', '\u2029', '\u0085',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c',
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0080', '\u009b', '\u009f',
  '\u200b', '\u2060', '\ufeff', ' ', '\t', '\u00a0', '\u3000',
] as const;

/** Matches any of {@link FORGING_CHARACTERS} (and every other C0/C1 control). */
export const FORGING_PATTERN = /[\u0000-\u0020\u007f-\u00a0\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\u3000\ufeff]/;

/** What a kept request id looks like (cleanErrorFields): a token of safe characters, 1 to 128. */
export const REQUEST_ID_SHAPE = /^[\w.:+/=-]{1,128}$/;

/** What a kept timestamp looks like (cleanErrorFields): ISO 8601 in UTC. */
export const ISO_UTC_SHAPE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/;

/** What a forged line says, so that a test can look for it in the copy. */
export const FORGED_MARKER = 'req_FORGED';

const forgedLine = fc.constantFrom(`request: ${FORGED_MARKER}`, 'code: NOT_AUTHENTICATED', 'time: 2026-01-01T00:00:00Z', `(${FORGED_MARKER})`, '');

/** Request ids: valid tokens (some too long), and tokens with controls, bidi overrides and extra lines spliced in. */
export const forgedRequestId = fc.oneof(
  fc.stringMatching(/^[\w.:+/=-]{1,140}$/),
  fc
    .tuple(fc.stringMatching(/^[\w-]{0,20}$/), fc.constantFrom(...FORGING_CHARACTERS), forgedLine, fc.stringMatching(/^[\w-]{0,8}$/))
    .map(([before, character, line, after]) => `${before}${character}${line}${after}`),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** Strict ISO 8601 times a server sends (with offsets and fractions), and forms only V8's Date.parse takes. */
export const forgedTimestamp = fc.oneof(
  fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('9999-12-31T23:59:59Z') }).map((d) => d.toISOString()),
  fc
    .tuple(fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('9999-12-31') }), fc.integer({ min: -14, max: 14 }), fc.nat(999_999))
    .map(([d, hours, micros]) => `${d.toISOString().slice(0, 19)}.${String(micros).padStart(6, '0')}${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`),
  fc
    .tuple(
      fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('9999-12-31') }),
      fc.constantFrom(' (', ' ', 'T', '\n', ''),
      fc.constantFrom(...FORGING_CHARACTERS),
      forgedLine,
      fc.constantFrom(')', 'Z', ''),
    )
    .map(([d, sep, character, line, end]) => `${d.toISOString().slice(0, 10)}${sep}${character}${line}${end}`),
  fc.date({ noInvalidDate: true }).map((d) => d.toString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const FIELD_KEYS = ['code', 'statusCode', 'message', 'detail', 'timestamp', 'requestId', 'retryAfterMs'] as const;

/**
 * Values that pass `instanceof LuxxonError`: Proxies around real instances and
 * objects made on the prototype, whose fields (a random subset) throw, change
 * on every read, or hold hostile values (forged request ids and times, markup,
 * wrong types). The real instance under a proxy carries a `detail` with
 * {@link DETAIL_MARKER}.
 */
export const hostileLuxxonError = fc
  .tuple(
    envelope,
    fc.record({ requestId: forgedRequestId, timestamp: forgedTimestamp }),
    fc.subarray([...FIELD_KEYS], { minLength: 1 }),
    fc.constantFrom('throws', 'alternates', 'hostile'),
    fc.constantFrom('proxy', 'prototype'),
  )
  .map(([fields, forged, keys, mode, shape]): LuxxonError => {
    const values: Record<string, unknown> = { ...fields, ...forged };
    const real = new LuxxonError({ code: 'NO_CREDIT', statusCode: 400, detail: `${DETAIL_MARKER} real`, requestId: 'req_real' });
    let reads = 0;
    const hostileRead = (key: string): unknown => {
      if (mode === 'throws') throw new Error(`${key} getter`);
      if (mode === 'alternates') return (reads += 1) % 2 === 1 ? (real as unknown as Record<string, unknown>)[key] : values[key];
      return values[key];
    };
    const hostile = new Set<PropertyKey>(keys);
    if (shape === 'proxy') {
      return new Proxy(real, { get: (target, key, receiver) => (hostile.has(key) ? hostileRead(String(key)) : (Reflect.get(target, key, receiver) as unknown)) });
    }
    return Object.create(
      LuxxonError.prototype,
      Object.fromEntries(keys.map((key) => [key, { get: () => hostileRead(key), enumerable: true }])),
    ) as LuxxonError;
  });

/** `Retry-After` header values that ask for no wait or less than the backoff: 0, small delays, HTTP dates in the past. */
export const shortRetryAfterHeader = (now: number) =>
  fc.oneof(
    fc.constantFrom('0', '00', '1', ' 0 '),
    fc.nat(3).map(String),
    fc.integer({ min: 1, max: 10 * 365 * 86_400 }).map((ago) => new Date(now - ago * 1000).toUTCString()),
  );
