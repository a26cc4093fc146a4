namespace Luoshi.Web.Reading.Lists;

/// <summary>One page of a list filtered on the server: its rows, which page (from 1), how many pages and rows in all.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int Pages, int Total);

/// <summary>Cuts a list into pages.</summary>
public static class Paged
{
    /// <summary>Rows per page unless a list says otherwise.</summary>
    public const int Size = 50;

    /// <summary>Page <paramref name="page"/> (clamped to the pages there are) of <paramref name="all"/>.</summary>
    public static Paged<T> Of<T>(IReadOnlyList<T> all, int? page, int size = Size)
    {
        ArgumentNullException.ThrowIfNull(all);
        var pages = Math.Max(1, (all.Count + size - 1) / size);
        var at = Math.Clamp(page ?? 1, 1, pages);
        return new Paged<T>([.. all.Skip((at - 1) * size).Take(size)], at, pages, all.Count);
    }
}
