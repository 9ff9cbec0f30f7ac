declare namespace App {
  interface Locals {
    /** The MDX file the page is rendering (`content/borders/kazakhstan-russia.mdx`), named in prop errors. */
    mdxFile?: string | undefined;
  }
}
