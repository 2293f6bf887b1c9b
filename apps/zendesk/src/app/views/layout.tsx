import { styled } from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

/** The sidebar's frame: Garden spacing, no fixed height (the app resizes its iframe to this). */
export const Panel = styled.main`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
  padding: ${(p) => p.theme.space.sm} ${(p) => p.theme.space.xxs} ${(p) => p.theme.space.md};
  font-family: ${(p) => p.theme.fonts.system};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
`;

export const Muted = styled.p`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

/** Label/value pairs of the verified identity. */
export const Facts = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: ${(p) => p.theme.space.xxs} ${(p) => p.theme.space.sm};
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.md};
  dt {
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  }
  dd {
    margin: 0;
    font-weight: ${(p) => p.theme.fontWeights.semibold};
    overflow-wrap: anywhere;
  }
`;

export const Actions = styled.div`
  display: flex;
  gap: ${(p) => p.theme.space.xs};
  flex-wrap: wrap;
`;
