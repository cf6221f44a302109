using System;
using System.Text.Json;

namespace Privacy.Policy;

// What GDPR art. 15 requires besides the data itself, from the controller's settings: the declared recipients
// (15(1)(c)), the source of data not obtained from the person (15(1)(g)), automated decision-making (15(1)(h)) and
// the safeguards of transfers outside the EEA (15(2)). Each is written only when set, so an older reader still sees
// the document it knows.
public sealed partial class SubjectAccessExport
{
    private void WriteControllerStatements(PrivacyPolicyOptions options)
    {
        if (options.Recipients.Count > 0)
        {
            _writer.WriteStartArray("recipients");
            foreach (RecipientDeclaration recipient in options.Recipients)
            {
                _writer.WriteStartObject();
                _writer.WriteString("name", recipient.Name);
                _writer.WriteString("role", recipient.Role.ToString());
                _writer.WriteStartArray("purposes");
                for (int bit = 0; bit < 31; bit++)
                {
                    var purpose = (Purpose)(1 << bit);
                    if ((recipient.Purposes & purpose) != 0)
                    {
                        _writer.WriteStringValue(PurposeName(purpose, bit));
                    }
                }

                _writer.WriteEndArray();
                if (recipient.ThirdCountry is { } country)
                {
                    _writer.WriteString("thirdCountry", country);
                }

                if (recipient.Description is { } description)
                {
                    _writer.WriteString("description", description);
                }

                _writer.WriteEndObject();
            }

            _writer.WriteEndArray();
        }

        ControllerOptions controller = options.Controller;
        if (controller.DataSource is { } source)
        {
            _writer.WriteStartObject("source");
            _writer.WriteString("nl", source);
            _writer.WriteString("en", controller.EnglishDataSource ?? source);
            _writer.WriteEndObject();
        }

        if (controller.AutomatedDecisionMaking is { } automated)
        {
            _writer.WriteString("automatedDecisionMaking", automated);
        }

        if (controller.TransferSafeguards is { } safeguards)
        {
            _writer.WriteString("transferSafeguards", safeguards);
        }
    }

    /// <summary>
    /// A purpose's name: a built-in purpose's enum name, a company purpose's declared name when a member exported
    /// declares it, or else <c>CompanyPurpose</c> and its bit, never a bare number.
    /// </summary>
    private string PurposeName(Purpose purpose, int bit)
    {
        foreach (PurposeDeclaration declaration in _declarations)
        {
            if (declaration.Purpose == purpose)
            {
                return declaration.Name;
            }
        }

        return Enum.IsDefined(purpose) ? purpose.ToString() : "CompanyPurpose" + bit.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
