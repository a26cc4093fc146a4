using Luoshi.Domain.Wording;
using Luoshi.Storage.Csv;

namespace Luoshi.Storage.Monitoring;

/// <summary>The checks across the lines of a stations or sections file and against the ledger: each code once, and no
/// set named like a code, since a target's scope names either and must mean one thing.</summary>
internal static class RegisterRules
{
    public static void Check(
        IReadOnlyList<(int Line, string Code, List<string> Sets)> rows, IEnumerable<string> storedCodes, string codeColumn, CsvErrors errors)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, code, _) in rows)
        {
            if (code.Length > 0 && !lines.TryAdd(code, line))
            {
                errors.Add(line, codeColumn, Catalogue.Files.CodeUsed(code, lines[code]));
            }
        }

        var codes = new HashSet<string>(storedCodes, StringComparer.Ordinal);
        codes.UnionWith(lines.Keys);
        foreach (var (line, _, sets) in rows)
        {
            foreach (var set in sets.Where(codes.Contains))
            {
                errors.Add(line, "sets", Catalogue.Monitoring.SetIsCode(set));
            }
        }
    }
}
