// Tests refuse a pool query made inside a transaction (see Db): the deadlock it causes only shows under load.
process.env.TILLPOINT_STRICT_TRANSACTIONS = '1';
