using Luoshi.Domain.Households;

namespace Luoshi.Domain.Tests.Households;

/// <summary>GB 11643-1999: the check character by ISO 7064 MOD 11-2 (clause 8.2), the birth date, the length.</summary>
public sealed class IdentityNumberTests
{
    [Theory]
    // The standard's own example (GB 11643-1999, annex): 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2
    // = 167, 167 mod 11 = 2 → X.
    [InlineData("11010519491231002X")]
    // 4·7+4·9+0·10+5·5+2·8+4·4+1·2+8·1+8·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+1·2 = 195, 195 mod 11 = 8 → 4.
    [InlineData("440524188001010014")]
    [InlineData("11010519491231002x")]
    public void Problem_ValidNumbers_None(string number) => Assert.Null(IdentityNumber.Problem(number));

    [Theory]
    [InlineData("110105194912310021", "the check character is 1, expected X (GB 11643 MOD 11-2)")]
    [InlineData("440524188001010015", "the check character is 5, expected 4 (GB 11643 MOD 11-2)")]
    [InlineData("44052418800101001", "expected 18 characters (GB 11643), found 17")]
    [InlineData("4405241880010100144", "expected 18 characters (GB 11643), found 19")]
    [InlineData("44052418800A010014", "expected a digit at position 12")]
    [InlineData("440524188002300014", "positions 7–14 (18800230) are not a birth date yyyyMMdd")]
    public void Problem_BadNumbers_SaysWhat(string number, string expected) => Assert.Equal(expected, IdentityNumber.Problem(number)?.En);

    [Fact]
    public void CheckCharacter_StandardExample_IsX() => Assert.Equal('X', IdentityNumber.CheckCharacter("11010519491231002"));

    [Fact]
    public void Key_DistinctNumbersDistinctKeys_CaseOfXIgnored()
    {
        Assert.Equal(IdentityNumber.Key("11010519491231002X"), IdentityNumber.Key("11010519491231002x"));
        Assert.Equal((11010519491231002L * 11) + 10, IdentityNumber.Key("11010519491231002X"));
        Assert.NotEqual(IdentityNumber.Key("440524188001010014"), IdentityNumber.Key("11010519491231002X"));
    }
}
