namespace Privacy.Policy;

/// <summary>
/// How a requester was shown to be the data subject. GDPR art. 12(6) allows asking for more information only where
/// there is reasonable doubt about who is asking, and then only what is needed: the Autoriteit Persoonsgegevens
/// expects the lightest method that works, and an identity document only when the others cannot (it fined DPG Media
/// EUR 525,000 for asking for identity copies by default). Choosing
/// <see cref="IdentityDocument"/> therefore needs a reason (<see cref="SubjectRequests.VerifyIdentityAsync"/>).
/// </summary>
public enum IdentityVerificationMethod
{
    /// <summary>The request was made in a logged-in session of the customer portal.</summary>
    PortalSession,

    /// <summary>The requester confirmed a code or link sent to an e-mail address already known for the subject.</summary>
    KnownEmailAddress,

    /// <summary>The requester confirmed a code sent to, or a call-back on, a phone number already known for the subject.</summary>
    KnownPhoneNumber,

    /// <summary>
    /// A copy of an identity document, on which the person may black out the photo, the machine-readable zone, the
    /// document number and the BSN (which a telecom provider may not process at all, Uitvoeringswet AVG art. 46), erased
    /// once the identity is checked. Only when the lighter methods cannot work; needs a reason.
    /// </summary>
    IdentityDocument,
}
