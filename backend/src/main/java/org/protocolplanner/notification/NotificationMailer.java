package org.protocolplanner.notification;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.protocolplanner.security.AccountQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends notifications by e-mail to the accounts that have an address, when SMTP is configured
 * ({@code SPRING_MAIL_HOST}, Boot then provides a {@link JavaMailSender}). Mail leaves only after the
 * transaction that made the notification commits, on a thread of its own, so that a slow or absent
 * mail server never holds up or undoes an answer to a booking; a failure is logged.
 */
@Component
class NotificationMailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final AccountQueries accounts;
    private final String from;
    private final ExecutorService outbox = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-outbox");
        thread.setDaemon(true);
        return thread;
    });

    NotificationMailer(
            ObjectProvider<JavaMailSender> sender,
            AccountQueries accounts,
            @Value("${planner.mail.from}") String from) {
        this.sender = sender;
        this.accounts = accounts;
        this.from = from;
    }

    void sendAfterCommit(Collection<Long> accountIds, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || accountIds.isEmpty()) {
            return;
        }
        List<String> addresses = accounts.enabledEmails(accountIds);
        if (addresses.isEmpty()) {
            return;
        }
        Runnable send = () -> outbox.execute(() -> send(mail, addresses, subject, text));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private void send(JavaMailSender mail, List<String> addresses, String subject, String text) {
        for (String address : addresses) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(address);
            message.setSubject(subject);
            message.setText(text);
            try {
                mail.send(message);
            } catch (MailException e) {
                log.warn("Could not e-mail a notification to {}: {}", address, e.getMessage());
            }
        }
    }

    @Override
    public void destroy() {
        outbox.shutdown();
    }
}
