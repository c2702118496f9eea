package org.protocolplanner.runsheet;

import org.protocolplanner.security.AccountRepository;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;
import org.springframework.stereotype.Component;

/** The language of a printout or spreadsheet: the {@code lang} parameter, else the reader's own language. */
@Component
public class ReaderLanguage {

    private final AccountRepository accounts;

    ReaderLanguage(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** @throws InvalidRequestException naming {@code lang} for anything but en and zh */
    public Wording of(String lang) {
        if (lang == null) {
            String own = accounts.findById(CurrentUser.get().accountId())
                    .map(account -> account.getLanguage())
                    .orElse("en");
            return Wording.of(own) == null ? Wording.EN : Wording.of(own);
        }
        Wording wording = Wording.of(lang);
        if (wording == null) {
            throw new InvalidRequestException("lang", Message.of("input.lang"));
        }
        return wording;
    }
}
