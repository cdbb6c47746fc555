package mail

import (
	"context"
	"errors"
	"log/slog"
	"net/textproto"
	"strings"
	"time"

	"github.com/jeugdstem/jeugdstem/ent"
	"github.com/jeugdstem/jeugdstem/ent/outboxmessage"
	"github.com/jeugdstem/jeugdstem/policies"
)

// Enqueue writes messages about topic (e.g. a signal's id) to the outbox in tx, the transaction
// that records what they tell about: both are kept, or neither. A recipient gets one message per
// topic, however often it is enqueued.
func Enqueue(ctx context.Context, tx *ent.Tx, topic string, msgs ...Message) error {
	if len(msgs) == 0 {
		return nil
	}
	now := time.Now().Local().Round(0) // due at once (see now for the rounding)
	creates := make([]*ent.OutboxMessageCreate, len(msgs))
	for i, m := range msgs {
		creates[i] = tx.OutboxMessage.Create().SetTopic(topic).SetRecipient(m.To).
			SetSubject(m.Subject).SetBody(m.Body).SetCreatedAt(now).SetNextAttemptAt(now)
	}
	return tx.OutboxMessage.CreateBulk(creates...).
		OnConflictColumns(outboxmessage.FieldTopic, outboxmessage.FieldRecipient).DoNothing().
		Exec(system(ctx))
}

// Outbox delivers the messages in the outbox. Every instance may run one: a message is claimed
// by a conditional update before it is sent, so only one instance sends it.
type Outbox struct {
	client *ent.Client
	sender Sender
	// Now is the clock; time.Now by default.
	Now func() time.Time
	// SendTimeout bounds the delivery of one message, whatever the sender does; DefaultSendTimeout
	// when zero.
	SendTimeout time.Duration
}

// DefaultSendTimeout is the deadline of one message's delivery.
const DefaultSendTimeout = 30 * time.Second

// NewOutbox returns the delivery of client's outbox through sender.
func NewOutbox(client *ent.Client, sender Sender) *Outbox {
	return &Outbox{client: client, sender: sender, Now: time.Now}
}

// Run sends what is due every interval until ctx ends. It is a loop of its own, apart from the
// scheduled jobs, so a mail server that hangs delays e-mail and nothing else. Run it once per
// instance.
func (o *Outbox) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := o.SendDue(ctx); err != nil && ctx.Err() == nil {
			slog.WarnContext(ctx, "sending e-mail from the outbox", "error", err.Error())
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Delivery bounds.
const (
	// batchSize is how many messages one SendDue looks at.
	batchSize = 50
	// firstRetry doubles with every failed attempt up to maxRetry.
	firstRetry = time.Minute
	maxRetry   = time.Hour
	// keepFor is how long a sent or refused message stays in the outbox.
	keepFor = 30 * 24 * time.Hour
)

// retryAfter is the wait after the n-th attempt (1-based) before the next: 1, 2, 4 … 60 minutes.
// It also bounds how long an instance that claimed a message may take to send it before
// another may try.
func retryAfter(n int) time.Duration {
	d := firstRetry
	for i := 1; i < n && d < maxRetry; i++ {
		d *= 2
	}
	return min(d, maxRetry)
}

// SendDue sends the messages that are due, oldest first, and returns how many went out. A
// message that fails is tried again later, with a growing pause; one the server refuses for
// good is marked failed. A crash after the server accepted a message and before it is marked
// sent makes it go out twice: an e-mail is better twice than never.
//
// Each message has SendTimeout. After a failure that is not the message's own (the server is
// unreachable, hangs, or does not offer STARTTLS), the pass ends: the messages behind it stay
// due, unclaimed, for the next pass, instead of each waiting out its own timeout against a
// server that is down. A reply about one message (a 4xx for its recipient) does not end it.
func (o *Outbox) SendDue(ctx context.Context) (int, error) {
	ctx = system(ctx)
	now := o.now()
	due, err := o.client.OutboxMessage.Query().
		Where(outboxmessage.SentAtIsNil(), outboxmessage.FailedAtIsNil(), outboxmessage.NextAttemptAtLTE(now)).
		Order(outboxmessage.ByNextAttemptAt(), outboxmessage.ByID()).
		Limit(batchSize).
		All(ctx)
	if err != nil {
		return 0, err
	}
	// Delivered and refused messages are kept a while for operators, then deleted: they hold
	// staff addresses and there is no need to keep them.
	if _, err := o.client.OutboxMessage.Delete().
		Where(outboxmessage.Or(outboxmessage.SentAtLT(now.Add(-keepFor)), outboxmessage.FailedAtLT(now.Add(-keepFor)))).
		Exec(ctx); err != nil {
		return 0, err
	}
	sent := 0
	for _, m := range due {
		if ctx.Err() != nil {
			return sent, ctx.Err()
		}
		// Claim: raise attempts from what we read, and put the next try after the pause, so a
		// crash during the send is retried then, by whichever instance comes first.
		n, err := o.client.OutboxMessage.Update().
			Where(outboxmessage.ID(m.ID), outboxmessage.Attempts(m.Attempts), outboxmessage.SentAtIsNil()).
			SetAttempts(m.Attempts + 1).
			SetNextAttemptAt(now.Add(retryAfter(m.Attempts + 1))).
			Save(ctx)
		if err != nil {
			return sent, err
		}
		if n == 0 {
			continue // another instance has it
		}
		sendCtx, cancel := context.WithTimeout(ctx, o.sendTimeout())
		serr := o.sender.Send(sendCtx, m.ID, Message{To: m.Recipient, Subject: m.Subject, Body: m.Body})
		cancel()
		update := o.client.OutboxMessage.UpdateOneID(m.ID)
		switch {
		case serr == nil:
			update.SetSentAt(o.now()).SetLastError("")
			sent++
		case IsPermanent(serr):
			update.SetFailedAt(o.now()).SetLastError(truncate(serr.Error()))
			slog.ErrorContext(ctx, "an e-mail was refused for good", "message", m.ID, "topic", m.Topic, "error", serr.Error())
		default:
			update.SetLastError(truncate(serr.Error()))
			slog.WarnContext(ctx, "sending an e-mail failed; it will be retried", "message", m.ID,
				"attempt", m.Attempts+1, "retry_in", retryAfter(m.Attempts+1).String(), "error", serr.Error())
		}
		if err := update.Exec(ctx); err != nil {
			return sent, err
		}
		if serr != nil && !IsPermanent(serr) && !isReply(serr) {
			break // the server is unreachable or hangs: the rest wait for the next pass
		}
	}
	return sent, nil
}

// isReply reports whether err is the server's answer to a command, as opposed to a connection
// that failed or timed out.
func isReply(err error) bool {
	var te *textproto.Error
	return errors.As(err, &te)
}

func (o *Outbox) sendTimeout() time.Duration {
	if o.SendTimeout > 0 {
		return o.SendTimeout
	}
	return DefaultSendTimeout
}

// Pending counts the messages not yet sent nor given up on, for metrics and tests.
func (o *Outbox) Pending(ctx context.Context) (int, error) {
	return o.client.OutboxMessage.Query().
		Where(outboxmessage.SentAtIsNil(), outboxmessage.FailedAtIsNil()).Count(system(ctx))
}

func truncate(s string) string {
	const max = 500
	if len(s) > max {
		s = strings.ToValidUTF8(s[:max], "")
	}
	return s
}

// system passes the privacy rules: the outbox is no viewer's (policies.Internal).
func system(ctx context.Context) context.Context {
	return policies.System(ctx)
}

// now is the time to store: without the monotonic clock reading (see signals.now).
func (o *Outbox) now() time.Time { return o.Now().Local().Round(0) }
