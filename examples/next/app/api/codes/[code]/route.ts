import { describeCode, LUXXON_ERROR_CODES, type LuxxonErrorCode } from '@luxxon/react-errors';

const isCode = (code: string): code is LuxxonErrorCode => (LUXXON_ERROR_CODES as readonly string[]).includes(code);

/**
 * A Route Handler on the kit's main entry: `GET /api/codes/NO_COVERAGE` →
 * `{"code":"NO_COVERAGE","family":…,"kind":"waiting",…}`. Unknown codes
 * get what the kit does with them (the generic experience), with a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return Response.json({ code, ...describeCode(code) }, { status: isCode(code) ? 200 : 404 });
}
