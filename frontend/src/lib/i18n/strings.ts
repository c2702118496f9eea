/** The shape of a set of UI strings with every text replaced by `string`: what a translation must fill. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
