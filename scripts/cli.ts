/**
 * Command-line entry over the same logic as the site, for CLB staff scripts and tests.
 *
 *   npm run --silent cli -- routes --from "<officiële naam of id>" [--year N] [--attest A|B|C] [--exclude "<naam>"]...
 *                                  [--getuigschrift yes|no] [--goal "<naam of id van een studie of opleiding>"]
 *   npm run --silent cli -- suggest <profiel.json> [--all]
 *   npm run --silent cli -- schools --near <postcode|lat,lon> [--study "<naam of id>"] [--max-km N]
  npm run --silent cli -- schools --near <postcode|lat,lon> [--study "<naam of id>"] [--max-km N]
 *
 * Prints JSON on stdout. Bad input (an unknown name, a wrong option) prints a message on stderr and exits with 2.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../src/lib/content/problems.ts';
import { RouteCatalogue } from '../src/lib/routes/catalogue.ts';
import { routesCommand, UsageError } from '../src/lib/routes/cli-routes.ts';
import { toRouteProgramme, toRouteStudy } from '../src/lib/routes/route-study.ts';
import { suggestCommand } from '../src/lib/suggest/cli-suggest.ts';
import { toHoData } from '../src/lib/ho/ho-data.ts';
import { schoolsCommand } from '../src/lib/schools/cli-schools.ts';
import { loadPostcodes } from '../src/lib/schools/load-postcodes.ts';
import { parseWeights } from '../src/schemas/weights.ts';
import { loadContent } from './lib/load-content.ts';

const USAGE = `Gebruik:
  npm run --silent cli -- routes --from "<naam of id>" [--year N] [--attest A|B|C] [--exclude "<richting, finaliteit of domein>"]... [--getuigschrift yes|no] [--goal "<naam of id>"]

  npm run --silent cli -- suggest <profiel.json> [--all]
  npm run --silent cli -- schools --near <postcode|lat,lon> [--study "<naam of id>"] [--max-km N]

--from kan ook "basisonderwijs" (met --getuigschrift yes|no), "1A", "1B", "2A" of "2B" zijn.
--goal is een studie, een 7de jaar, een bestemming of een opleiding hoger onderwijs (naam of id).
Het profiel volgt het formaat van het leerlingprofiel (zie README); --all toont ook wat niet werd voorgesteld en waarom.
Voor een leerling in de 3de graad of een 7de jaar staan er ook opleidingen hoger onderwijs in het antwoord ("programmes").`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const content = loadContent(join(root, 'content'), root);
  if (content.problems.length > 0) {
    process.stderr.write(`De inhoud heeft fouten:\n${formatProblems(content.problems)}\n`);
    return 1;
  }
  const catalogue = new RouteCatalogue(
    content.studies.map((s) => toRouteStudy(s.id, s.data)),
    content.programmes.map((p) => toRouteProgramme(p.id, p.data)),
  );
  try {
    switch (command) {
      case 'routes':
        process.stdout.write(`${JSON.stringify(routesCommand(catalogue, rest), null, 2)}\n`);
        return 0;
      case 'schools': {
        const postcodes = loadPostcodes(root);
        const schools = content.schools.map((s) => ({ id: s.data.id, name: s.data.name, postcode: s.data.address.postcode, coordinates: s.data.coordinates, studies: s.data.studies, ...(s.data.offerAt ? { offerAt: s.data.offerAt } : {}) }));
        process.stdout.write(`${JSON.stringify(schoolsCommand(catalogue, schools, postcodes, rest), null, 2)}\n`);
        return 0;
      }
      case 'suggest': {
        const weightsFile = join(root, 'content/questionnaire/weights.yaml');
        const weights = parseWeights(readFileSync(weightsFile, 'utf8'), 'content/questionnaire/weights.yaml');
        const domainNames = Object.fromEntries(content.domains.map((d) => [d.id, d.data.name]));
        const hoData = toHoData(content.programmes, content.studiegebieden);
        const answer = suggestCommand(catalogue, weights, rest, (path) => readFileSync(path, 'utf8'), domainNames, content.questions, hoData);
        process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
        return 0;
      }
      default:
        throw new UsageError(`Onbekend commando "${command}".\n\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
