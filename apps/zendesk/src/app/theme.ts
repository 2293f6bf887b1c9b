import type { IGardenTheme } from '@zendeskgarden/react-theming';

// styled-components' `props.theme` is Garden's theme inside <ThemeProvider>.
declare module 'styled-components' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefaultTheme extends IGardenTheme {}
}
