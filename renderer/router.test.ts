import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './router';

describe('hash routes', () => {
  it('reads every screen and round-trips through routeHref', () => {
    const routes: Route[] = [
      { screen: 'overview' },
      { screen: 'area', areaId: 'kultur-og-fritid' },
      { screen: 'data' },
      { screen: 'letters' },
      { screen: 'new-letter' },
      { screen: 'editor', letterId: 'brev 1/æ' },
      { screen: 'batch' },
      { screen: 'settings' },
      { screen: 'review' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('shows the overview for an empty, unknown or malformed hash instead of crashing', () => {
    expect(parseRoute('')).toEqual({ screen: 'overview' });
    expect(parseRoute('#/findes-ikke')).toEqual({ screen: 'overview' });
    expect(parseRoute('#/breve/%E0')).toEqual({ screen: 'overview' });
    expect(parseRoute('#/omraade')).toEqual({ screen: 'overview' });
  });
});
