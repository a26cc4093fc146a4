namespace Luoshi.Domain.Wording;

/// <summary>A refusal a person caused (a bad file, a wrong value, a stale version, a record they may not touch): the
/// one error shape of the product. The command line prints it, the API answers it as an RFC 9457 problem document,
/// a page shows it beside the field. Bugs throw instead.</summary>
/// <param name="Message">What is wrong and what was expected, in both languages.</param>
/// <param name="Place">Where, when the problem has a place.</param>
/// <param name="Kind">What kind of refusal it is.</param>
public sealed record Problem(Words Message, Place? Place = null, ProblemKind Kind = ProblemKind.Invalid)
{
    /// <summary>"place: message" in the reader's language, the way the command line prints it.</summary>
    public override string ToString() => ToWords().ToString();

    /// <summary>"place: message" in both languages (a full-width colon in Chinese).</summary>
    public Words ToWords() => Place is null ? Message : Place.ToWords().Then(Message, "：", ": ");

    /// <summary>The same problem at <paramref name="place"/>.</summary>
    public Problem At(Place place) => this with { Place = place };

    /// <summary>The same problem placed in <paramref name="file"/>, keeping where inside it (an entry of a package, a
    /// line) it was found.</summary>
    public Problem InFile(string file) => this with { Place = (Place ?? new Place()) with { File = file } };
}
