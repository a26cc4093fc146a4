using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Households;

/// <summary>The rule across the rows of one household file: a person and a household number appear once, naming both
/// rows. People are kept by the 64-bit key of their identity number, so two million households with their members fit
/// in a few hundred megabytes.</summary>
public sealed class HouseholdDuplicates(Func<int, Words> rowName)
{
    private readonly Dictionary<long, int> _people = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    /// <summary>The row's duplicates (empty when it has none).</summary>
    public List<RowProblem> Check(HouseholdLine row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var problems = new List<RowProblem>();
        if (!_numbers.TryAdd(row.Number, row.Row))
        {
            problems.Add(new(row.Row, "household", Catalogue.Households.NumberTwice(row.Number, rowName(_numbers[row.Number]))));
        }

        if (!_people.TryAdd(row.IdKey, row.Row))
        {
            problems.Add(new(row.Row, "id_number", Catalogue.Households.PersonTwice(PersonalData.MaskIdentityNumber(row.IdNumber), rowName(_people[row.IdKey]))));
        }

        for (var i = 0; i < row.MemberKeys.Length; i++)
        {
            var key = row.MemberKeys[i];
            if (key == row.IdKey || Array.IndexOf(row.MemberKeys, key) < i)
            {
                problems.Add(new(row.Row, "members", Catalogue.Households.MemberListedTwice(i + 1)));
            }
            else if (!_people.TryAdd(key, row.Row))
            {
                problems.Add(new(row.Row, "members",
                    Catalogue.Households.MemberTwice(i + 1, PersonalData.MaskIdentityNumber(row.Members[i].IdNumber), rowName(_people[key]))));
            }
        }

        return problems;
    }
}
