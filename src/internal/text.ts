/** Orders strings by UTF-16 code units, the order every canonical list of the library uses. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders rows by their `id`, as {@link byText}. */
export const byId = (a: { readonly id: string }, b: { readonly id: string }): number => byText(a.id, b.id);
