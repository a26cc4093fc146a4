namespace Luoshi.Storage.Villages.Files;

/// <summary>The problems of one register file, each placed; the first hundred in full, then how many more, so a file
/// wrong on every line cannot fill the screen.</summary>
internal sealed class RegisterProblems(RegisterTable table)
{
    private const int Listed = 100;

    private readonly List<StoreError> _errors = [];
    private int _more;

    public bool Any => _errors.Count > 0;

    public void Add(RegisterRow row, int column, string message) => Add(new StoreError(message, table.Place(row.Number, column)));

    public void Add(int row, string message) => Add(new StoreError(message, table.Place(row)));

    public void AddFile(string message) => Add(new StoreError(message, table.File));

    public void AddAll(IEnumerable<StoreError> errors)
    {
        foreach (var error in errors)
        {
            Add(error);
        }
    }

    public IReadOnlyList<StoreError> ToList() => _more == 0
        ? _errors
        : [.. _errors, new StoreError($"… and {_more} more error(s) not listed; nothing was stored", table.File)];

    private void Add(StoreError error)
    {
        if (_errors.Count < Listed)
        {
            _errors.Add(error);
        }
        else
        {
            _more++;
        }
    }
}
