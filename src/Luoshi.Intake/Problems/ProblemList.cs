using Luoshi.Domain.Wording;

namespace Luoshi.Intake.Problems;

/// <summary>The problems found in one file, each placed: the first hundred in full, then only how many more, so a file
/// wrong on every one of a million lines cannot fill the memory or the screen. Safe to share between the thread that
/// parses a file and the one that writes it.</summary>
public sealed class ProblemList(string file)
{
    /// <summary>How many problems are listed in full.</summary>
    public const int Listed = 100;

    private readonly List<Problem> _problems = [];
    private readonly Lock _lock = new();
    private long _more;

    /// <summary>The file's name, the place of problems of the file as a whole.</summary>
    public string File { get; } = file;

    /// <summary>True once any problem was found.</summary>
    public bool Any => Count > 0;

    /// <summary>How many problems were found, listed or not.</summary>
    public long Count
    {
        get
        {
            lock (_lock)
            {
                return _problems.Count + _more;
            }
        }
    }

    /// <summary>Adds a problem at its place.</summary>
    public void Add(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        lock (_lock)
        {
            if (_problems.Count < Listed)
            {
                _problems.Add(problem);
            }
            else
            {
                _more++;
            }
        }
    }

    /// <summary>Adds <paramref name="message"/> at <paramref name="place"/>.</summary>
    public void Add(Place place, Words message) => Add(new Problem(message, place));

    /// <summary>Adds a problem of the file as a whole.</summary>
    public void AddFile(Words message) => Add(new Problem(message, Place.OfFile(File)));

    /// <summary>Adds every problem of <paramref name="problems"/>.</summary>
    public void AddAll(IEnumerable<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            Add(problem);
        }
    }

    /// <summary>The problems listed, and a last one saying how many more there were, if any.</summary>
    public IReadOnlyList<Problem> ToList()
    {
        lock (_lock)
        {
            return _more == 0 ? [.. _problems] : [.. _problems, new Problem(Catalogue.Files.More(_more), Place.OfFile(File))];
        }
    }
}
