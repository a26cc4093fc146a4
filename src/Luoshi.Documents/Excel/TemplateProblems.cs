using Luoshi.Storage;

namespace Luoshi.Documents.Excel;

/// <summary>The problems found in a filled-in template, each placed as "FILE, sheet S, row R, column C"; the first
/// hundred are kept, as for a CSV file.</summary>
internal sealed class TemplateProblems(string file)
{
    private readonly List<StoreError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<StoreError> List => _errors;

    public void Add(int row, int column, string expected)
    {
        if (_errors.Count < 100)
        {
            _errors.Add(new StoreError(expected, $"{file}, sheet {TemplateColumns.Sheet}, row {row}, column {TemplateColumns.Name(column)}"));
        }
    }

    public void AddFile(string message) => _errors.Add(new StoreError(message, file));
}
