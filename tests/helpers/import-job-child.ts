/**
 * A server process in miniature for the interrupted-import tests: `node --import tsx tests/helpers/import-job-child.ts
 * <location> <communes> <seed>` starts an import job of a generated province (the project's generator, two-tier
 * files) on the database at <location>, exactly as POST /api/datasets does, prints the job id on stdout and waits
 * for the job to end. The test kills it with SIGKILL first, in the middle of the import.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProvince } from '../../src/lib/domain/generate/province';
import { provinceToTwoTierFiles } from '../../src/lib/domain/generate/files';
import { openMigrated } from '../../src/lib/server/db/database';
import { jobSettled, startImportJob } from '../../src/lib/server/import/jobs';

const [location, communes, seed] = process.argv.slice(2);
const files = provinceToTwoTierFiles(generateProvince({ communes: Number(communes), seed: Number(seed) }));
const form = new FormData();
form.append('files', new File([JSON.stringify(files.communes)], 'communes.geojson'));
form.append('files', new File([files.unitsCsv], 'units.csv'));
form.append('name', 'Tỉnh bị ngắt giữa chừng');
const request = new Request('http://localhost/api/datasets', { method: 'POST', body: form });
const body = new Uint8Array(await request.arrayBuffer());
const tempDir = mkdtempSync(join(tmpdir(), 'sapxep-upload-'));
const bodyPath = join(tempDir, 'body');
writeFileSync(bodyPath, body);
const db = await openMigrated(location);
const id = await startImportJob(db, location, {
	tempDir,
	bodyPath,
	contentType: request.headers.get('content-type')!,
	bytes: body.length,
	createdBy: 'uploader'
});
process.stdout.write(id + '\n');
await jobSettled(id);
await db.destroy();
