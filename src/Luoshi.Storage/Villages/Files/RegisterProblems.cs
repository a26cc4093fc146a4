using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Villages.Files;

/// <summary>The problems of one register file, each placed; the first hundred in full, then how many more, so a file
/// wrong on every line cannot fill the screen.</summary>
internal sealed class RegisterProblems(RegisterTable table)
{
    private const int Listed = 100;

    private readonly List<Problem> _errors = [];
    private int _more;

    public bool Any => _errors.Count > 0;

    public void Add(RegisterRow row, int column, Words message) => Add(new Problem(message, table.At(row.Number, column)));

    public void Add(int row, Words message) => Add(new Problem(message, table.At(row)));

    public void AddFile(Words message) => Add(new Problem(message, Place.OfFile(table.File)));

    public void AddAll(IEnumerable<Problem> errors)
    {
        foreach (var error in errors)
        {
            Add(error);
        }
    }

    public IReadOnlyList<Problem> ToList() => _more == 0
        ? _errors
        : [.. _errors, new Problem(Catalogue.Files.MoreNotListed(_more), Place.OfFile(table.File))];

    private void Add(Problem error)
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
