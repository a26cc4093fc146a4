using System.Globalization;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;

namespace Luoshi.Documents.Excel;

/// <summary>What a target's value cell accepts in the template: the bounds of its <see cref="ValueRule"/> (the rule the
/// import and every other channel keep) for Excel's own validation, and the hint beside the cell.</summary>
internal sealed record TemplateRule(string Minimum, string Maximum, string Hint)
{
    public static TemplateRule For(Target target, int planYear)
    {
        var rule = ValueRule.Of(target, planYear);
        var range = rule.Range(ValueField.Value);
        return new(range.Min.ToString(CultureInfo.InvariantCulture), range.Max.ToString(CultureInfo.InvariantCulture),
            Catalogue.Template.Hint(target.Measure, rule.Expected(ValueField.Value)));
    }
}
