namespace Luoshi.Documents.Word;

/// <summary>Runs of neighbouring items with the same key, in order (a list grouped without reordering it).</summary>
internal static class Chunks
{
    public static IEnumerable<(TKey Key, IReadOnlyList<T> Items)> ChunkBy<T, TKey>(this IEnumerable<T> items, Func<T, TKey> key)
    {
        List<T>? run = null;
        TKey current = default!;
        foreach (var item in items)
        {
            var k = key(item);
            if (run is null || !EqualityComparer<TKey>.Default.Equals(k, current))
            {
                if (run is not null)
                {
                    yield return (current, run);
                }

                run = [];
                current = k;
            }

            run.Add(item);
        }

        if (run is not null)
        {
            yield return (current, run);
        }
    }
}
