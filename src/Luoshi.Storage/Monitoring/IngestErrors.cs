using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Monitoring;

/// <summary>Turns a reader's errors into the ledger's: the first hundred in full with their place, then how many more,
/// so a file wrong on every one of a million lines cannot fill the screen.</summary>
internal static class IngestErrors
{
    public const int Listed = 100;

    public static IReadOnlyList<Problem> Of<T>(string name, IReadOnlyList<T> errors, Func<T, Problem> convert)
    {
        var list = errors.Take(Listed).Select(convert).ToList();
        if (errors.Count > Listed)
        {
            list.Add(new Problem(Catalogue.Files.MoreNotListed(errors.Count - Listed), Place.OfFile(name)));
        }

        return list;
    }
}
