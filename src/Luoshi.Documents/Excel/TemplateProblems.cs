using Luoshi.Domain.Wording;

namespace Luoshi.Documents.Excel;

/// <summary>The problems found in a filled-in template, each placed as "FILE, sheet S, row R, column C"; the first
/// hundred are kept, as for a CSV file.</summary>
internal sealed class TemplateProblems(string file)
{
    private readonly List<Problem> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<Problem> List => _errors;

    public void Add(int row, int column, Words expected)
    {
        if (_errors.Count < 100)
        {
            _errors.Add(new Problem(expected, new Place(file, TemplateColumns.Sheet, row, TemplateColumns.Name(column))));
        }
    }

    public void AddFile(Words message) => _errors.Add(new Problem(message, Place.OfFile(file)));
}
