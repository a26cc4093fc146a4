using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Csv;

/// <summary>The errors found in a file: the first hundred in full, then only how many more, so a file that is wrong
/// on every one of a million lines cannot fill the memory or the screen.</summary>
internal sealed class CsvErrors(string file)
{
    public const int Listed = 100;

    private readonly List<Problem> _errors = [];
    private long _more;

    public bool Any => _errors.Count > 0;

    public void Add(int line, string column, Words message)
    {
        if (_errors.Count < Listed)
        {
            _errors.Add(new Problem(message, CsvFile.At(file, line, column)));
        }
        else
        {
            _more++;
        }
    }

    public void Add(Problem error) => _errors.Add(error);

    public void AddAll(IEnumerable<Problem> errors) => _errors.AddRange(errors);

    public IReadOnlyList<Problem> ToList() => _more == 0
        ? _errors
        : [.. _errors, new Problem(Catalogue.Files.MoreNotListed(_more), Place.OfFile(file))];
}
