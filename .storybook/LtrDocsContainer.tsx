import { useLayoutEffect, type PropsWithChildren } from 'react';
import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';

/**
 * The docs pages are written in English: reset `<html lang dir>`, which the
 * story loader sets to the toolbar's locale (Arabic would turn them RTL).
 */
export function LtrDocsContainer(props: PropsWithChildren<DocsContainerProps>) {
  useLayoutEffect(() => {
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
  }, []);
  return <DocsContainer {...props} />;
}
