/**
 * A function of an object computed once per object and remembered as long as the object lives: for values derived
 * from a parse (an AST or CST node, a week model), which never changes once made.
 */
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
    const known = new WeakMap<K, V>();
    return (key) => {
        let value = known.get(key);
        if (value === undefined) known.set(key, value = compute(key));
        return value;
    };
}
