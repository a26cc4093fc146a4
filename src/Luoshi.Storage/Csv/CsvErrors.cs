namespace Luoshi.Storage.Csv;

/// <summary>The errors found in a file: the first hundred in full, then only how many more, so a file that is wrong
/// on every one of a million lines cannot fill the memory or the screen.</summary>
internal sealed class CsvErrors(string file)
{
    public const int Listed = 100;

    private readonly List<StoreError> _errors = [];
    private long _more;

    public bool Any => _errors.Count > 0;

    public void Add(int line, string column, string message)
    {
        if (_errors.Count < Listed)
        {
            _errors.Add(new StoreError(message, CsvFile.Place(file, line, column)));
        }
        else
        {
            _more++;
        }
    }

    public void Add(StoreError error) => _errors.Add(error);

    public void AddAll(IEnumerable<StoreError> errors) => _errors.AddRange(errors);

    public IReadOnlyList<StoreError> ToList() => _more == 0
        ? _errors
        : [.. _errors, new StoreError($"… and {_more} more error(s) not listed; nothing was stored", file)];
}
