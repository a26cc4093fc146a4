using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Wording;
using Luoshi.Monitoring;

namespace Luoshi.Storage.Monitoring.Push;

/// <summary>Writes pushed rows as the CSV file the readers take, so a push is checked by exactly the rules a file is,
/// and names places the way the caller sent them: line 3, column pm25 is rows[1].pm25.</summary>
internal sealed class PushFile : IDisposable
{
    private PushFile(string path, string sha256, Func<string, string>? fieldOf) =>
        Source = new IngestSource(path, "push", p => Place(p, fieldOf), sha256);

    public IngestSource Source { get; }

    /// <summary>A temporary CSV file of the rows (every field quoted), deleted on dispose.</summary>
    public static PushFile Write(string[] columns, IEnumerable<string?[]> rows, Func<string, string>? fieldOf = null)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', columns)).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row.Select(Quote))).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var path = Path.Combine(Path.GetTempPath(), $"luoshi-push-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        return new PushFile(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), fieldOf);
    }

    public static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    public void Dispose() => File.Delete(Source.Path);

    // Line 1 is the header the push was written with: its problems are a field name's (an unknown item code).
    private static Place Place(FilePlace place, Func<string, string>? fieldOf)
    {
        var field = place.Column is { } c ? (fieldOf?.Invoke(c) ?? c) : null;
        return Domain.Wording.Place.OfField(place.Line <= 1
            ? field ?? "rows"
            : string.Create(CultureInfo.InvariantCulture, $"rows[{place.Line - 2}]{(field is null ? "" : "." + field)}"));
    }

    private static string Quote(string? field) => field is null ? "" : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
