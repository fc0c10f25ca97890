/** The radii a near-me search offers, in km; the default keeps a town and its neighbours. */
export const radiiKm = [10, 25, 50, 100, 200] as const;
export const defaultRadiusKm = 50;
