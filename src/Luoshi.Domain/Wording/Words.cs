namespace Luoshi.Domain.Wording;

/// <summary>Words a person reads, in Simplified Chinese and in English; shown in the reader's language
/// (<see cref="Language.English"/>). Every user-facing sentence of the product is one of these, made by the
/// <see cref="Catalogue"/>, so a Chinese page never shows an English message.</summary>
/// <param name="Zh">The Simplified Chinese words (the product's first language).</param>
/// <param name="En">The English words.</param>
public readonly record struct Words(string Zh, string En)
{
    /// <summary>The words in the current reader's language.</summary>
    public override string ToString() => Language.English ? En : Zh;

    /// <summary>The words in English when <paramref name="english"/>, else in Chinese.</summary>
    public string In(bool english) => english ? En : Zh;

    /// <summary>Words that read the same in both languages: a name, a code, a number.</summary>
    public static Words Same(string words) => new(words, words);

    /// <summary>Joins texts language by language: Chinese with <paramref name="zh"/>, English with <paramref name="en"/>.</summary>
    public static Words Join(string zh, string en, IEnumerable<Words> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var list = parts as IReadOnlyCollection<Words> ?? [.. parts];
        return new(string.Join(zh, list.Select(p => p.Zh)), string.Join(en, list.Select(p => p.En)));
    }

    /// <summary>This text followed by <paramref name="next"/>, with Chinese and English separators.</summary>
    public Words Then(Words next, string zh = "；", string en = "; ") => new(Zh + zh + next.Zh, En + en + next.En);

    /// <summary>The text as a string in the reader's language.</summary>
    public static implicit operator string(Words text) => text.ToString();
}
