// Command-line flags that prefill the join screen (the demo passes the local simulator here).
export interface LaunchOptions {
  node?: string;
  alias?: string;
  name?: string;
}

export function parseLaunchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): LaunchOptions {
  const options: LaunchOptions = {};
  const read = (flag: string): string | undefined => {
    const inline = argv.find((arg) => arg.startsWith(`--${flag}=`));
    if (inline) return inline.slice(flag.length + 3);
    const index = argv.indexOf(`--${flag}`);
    const next = index >= 0 ? argv[index + 1] : undefined;
    return next && !next.startsWith('--') ? next : undefined;
  };
  const node = read('node') ?? env.PARLEY_NODE;
  const alias = read('alias') ?? env.PARLEY_ALIAS;
  const name = read('name');
  if (node) options.node = node;
  if (alias) options.alias = alias;
  if (name) options.name = name;
  return options;
}

/** The renderer reads these from its URL query, the same way the browser host passes them. */
export function toRendererQuery(options: LaunchOptions): string {
  const query = new URLSearchParams();
  if (options.node) query.set('node', options.node);
  if (options.alias) query.set('alias', options.alias);
  if (options.name) query.set('name', options.name);
  const text = query.toString();
  return text ? `?${text}` : '';
}
