using Luoshi.Web.Reading;

namespace Luoshi.Web.Tests.Reading;

public sealed class AuditChangesTests
{
    [Fact]
    public void An_update_shows_only_the_fields_that_changed()
    {
        var changes = AuditChanges.Of("""{"state":"Submitted","version":3,"unit":"人社局"}""", """{"state":"Approved","version":4,"unit":"人社局"}""");
        Assert.Equal([new("state", "Submitted", "Approved"), new("version", "3", "4")], changes);
    }

    [Fact]
    public void A_creation_shows_every_field_and_a_removal_every_old_one()
    {
        Assert.Equal([new("code", null, "T1"), new("lead", null, "")], AuditChanges.Of(null, """{"code":"T1","lead":null}"""));
        Assert.Equal([new("code", "T1", null)], AuditChanges.Of("""{"code":"T1"}""", null));
    }

    [Fact]
    public void Text_that_is_not_an_object_is_shown_whole()
    {
        Assert.Equal([new("", "old text", "[1,2]")], AuditChanges.Of("old text", "[1,2]"));
        Assert.Empty(AuditChanges.Of(null, null));
    }
}
