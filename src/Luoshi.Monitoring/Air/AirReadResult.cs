using Luoshi.Domain.Wording;

namespace Luoshi.Monitoring.Air;

/// <summary>What reading an air file found: its layout, stations, row and missing-value counts, and every error.</summary>
public sealed class AirReadResult
{
    private readonly List<AirFileError> _errors = [];

    internal AirReadResult(string file) => File = file;

    /// <summary>The file as named by the caller.</summary>
    public string File { get; }

    /// <summary>The layout the header showed; null when the header was unusable.</summary>
    public AirLayout? Layout { get; internal set; }

    /// <summary>The station names in order of first appearance; <see cref="AirHour.Station"/> indexes this.</summary>
    public IReadOnlyList<string> Stations { get; internal set; } = [];

    /// <summary>Data rows read (good and bad).</summary>
    public long Rows { get; internal set; }

    /// <summary>Blank or NA cells per value column, keyed by the column's name in the header.</summary>
    public IReadOnlyDictionary<string, long> MissingValues { get; internal set; } = new Dictionary<string, long>();

    /// <summary>Every problem found, in file order; empty when the file is good.</summary>
    public IReadOnlyList<AirFileError> Errors => _errors;

    /// <summary>Whether the file had no problem.</summary>
    public bool IsValid => _errors.Count == 0;

    internal void Add(int line, string? column, Words message) => _errors.Add(new(new FilePlace(File, line, column), message));

    internal void AddRange(IEnumerable<AirFileError> errors) => _errors.AddRange(errors);
}
