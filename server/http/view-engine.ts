import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import ejs from 'ejs';

type Data = Record<string, unknown>;
type Include = (path: string, data?: Data) => string;
/** What ejs compiles in client mode: the escape, include and rethrow helpers are passed in. */
type Compiled = (data: Data, escape: undefined, include: Include, rethrow: undefined) => string;

interface Template {
  fn: Compiled;
  /** Include path as written → the template it names, resolved on first use. */
  includes: Map<string, Template>;
  file: string;
}

/**
 * An Express view engine for EJS that compiles every template once and resolves every include once.
 * Plain ejs looks each include up on disk (fs.existsSync) on every render: with five includes per page
 * that was the largest single cost of a question page. Templates are the same EJS (escaping, `include`
 * relative to the including file, `.ejs` added when missing), so pages are byte-for-byte the same.
 */
export function ejsEngine() {
  const templates = new Map<string, Template>();

  const load = (file: string): Template => {
    let template = templates.get(file);
    if (!template) {
      const source = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      // Client mode hands back the bare function, so `include` below replaces ejs's disk look-up.
      const fn = ejs.compile(source, { filename: file, client: true }) as unknown as Compiled;
      template = { fn, includes: new Map(), file };
      templates.set(file, template);
    }
    return template;
  };

  const includeOf = (template: Template, name: string): Template => {
    let found = template.includes.get(name);
    if (!found) {
      const path = resolve(dirname(template.file), name);
      const file = extname(path) ? path : `${path}.ejs`;
      if (!existsSync(file))
        throw new Error(`views: "${template.file}" includes "${name}", which does not exist`);
      found = load(file);
      template.includes.set(name, found);
    }
    return found;
  };

  // A function declaration and an unnamed callback: tsx names every named arrow function as it is
  // created (Object.defineProperty), which made one include per page cost more than rendering it.
  function run(template: Template, data: Data): string {
    return template.fn(
      data,
      undefined,
      // The included template gets a copy of the includer's data plus `extra`, as with ejs; a plain
      // object like the page's own data (ejs's null-prototype copies are slow dictionaries in V8), and
      // not one inheriting from `data` (making each page's fresh data a prototype is slow too).
      function (name: string, extra?: Data) {
        const copy = { ...data, ...extra };
        return run(includeOf(template, name), copy);
      },
      undefined,
    );
  }

  return (file: string, data: object, done: (err: unknown, html?: string) => void): void => {
    let html: string;
    try {
      html = run(load(file), data as Data);
    } catch (err) {
      done(err);
      return;
    }
    done(null, html);
  };
}
